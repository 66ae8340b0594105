void f(char *p)
{
	*p = 0; // drvlint: ignore[unprobed-user-pointer] probed by the caller
	/* drvlint: ignore[probe-outside-try,user-access-outside-try] the handler is in the caller */
	*p = 1;
	// drvlint: begin-ignore[pageable-at-raised-irql] legacy code
	g();
	// drvlint: end-ignore[pageable-at-raised-irql]
	// drvlint: ignore[] no rule
	// drvlint: ignore[unprobed-user-pointer
	const char *s = "// drvlint: ignore[x] in a string";
	/* drvlint: begin-ignore[a] never ended */
}
