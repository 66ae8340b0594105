/* stdlib.h - the few C runtime utilities kernel code uses (drvlint WDK model). */
#pragma once
#ifndef _DRVLINT_STDLIB_H
#define _DRVLINT_STDLIB_H
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fff
#define _MAX_PATH 260

void *__cdecl malloc(size_t n);
void *__cdecl calloc(size_t n, size_t size);
void *__cdecl realloc(void *p, size_t n);
void __cdecl free(void *p);
void *__cdecl _aligned_malloc(size_t n, size_t align);
void __cdecl _aligned_free(void *p);
int __cdecl abs(int x);
long __cdecl labs(long x);
__int64 __cdecl _abs64(__int64 x);
int __cdecl atoi(const char *s);
long __cdecl atol(const char *s);
long __cdecl strtol(const char *s, char **end, int base);
unsigned long __cdecl strtoul(const char *s, char **end, int base);
__int64 __cdecl _strtoi64(const char *s, char **end, int base);
unsigned __int64 __cdecl _strtoui64(const char *s, char **end, int base);
long __cdecl wcstol(const wchar_t *s, wchar_t **end, int base);
unsigned long __cdecl wcstoul(const wchar_t *s, wchar_t **end, int base);
char *__cdecl _itoa(int v, char *buf, int radix);
char *__cdecl _ultoa(unsigned long v, char *buf, int radix);
wchar_t *__cdecl _itow(int v, wchar_t *buf, int radix);
int __cdecl rand(void);
void __cdecl srand(unsigned int seed);
void __cdecl qsort(void *base, size_t n, size_t size, int(__cdecl *cmp)(const void *, const void *));
void *__cdecl bsearch(const void *key, const void *base, size_t n, size_t size,
		      int(__cdecl *cmp)(const void *, const void *));
__declspec(noreturn) void __cdecl abort(void);
__declspec(noreturn) void __cdecl exit(int status);
unsigned short __cdecl _byteswap_ushort(unsigned short v);
unsigned long __cdecl _byteswap_ulong(unsigned long v);
unsigned __int64 __cdecl _byteswap_uint64(unsigned __int64 v);
unsigned int __cdecl _rotl(unsigned int v, int shift);
unsigned int __cdecl _rotr(unsigned int v, int shift);
size_t __cdecl mbstowcs(wchar_t *dst, const char *src, size_t n);
size_t __cdecl wcstombs(char *dst, const wchar_t *src, size_t n);
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#endif
