/* No headers: the shapes the analysis walks, declared here. */
typedef unsigned long ULONG, *PULONG;
typedef void *PVOID;
typedef struct _IRP { PVOID UserBuffer; } IRP, *PIRP;
void ProbeForRead(const volatile void *a, unsigned long n, ULONG al);
void KeAcquireSpinLock(PULONG l, unsigned char *old);
void KeReleaseSpinLock(PULONG l, unsigned char old);
#pragma alloc_text(PAGE, Paged)
int Paged(int x) { return x * 2; }
int Dispatch(void *d, PIRP Irp)
{
	PULONG p = (PULONG)Irp->UserBuffer;
	ULONG lock = 0;
	unsigned char old;
	int i, v = 0;
	__try {
		ProbeForRead(p, sizeof(*p), 1);
		v = *p;
	} __except (1) {
		return -1;
	}
	for (i = 0; i < 3; i++) {
		if (v > i)
			goto out;
		v += i ? i : -i;
	}
	KeAcquireSpinLock(&lock, &old);
	v = Paged(v);
	KeReleaseSpinLock(&lock, old);
out:
	switch (v) { case 1: *p = 0; break; default: break; }
	return v;
}
