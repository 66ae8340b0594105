// drvlint: ignore[unprobed-user-pointer]
*p = 1;
