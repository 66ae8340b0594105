/* assert.h - drvlint WDK model. */
#pragma once
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
void __cdecl _assert(const char *msg, const char *file, unsigned line);
#define assert(e) ((void)((e) || (_assert(#e, __FILE__, __LINE__), 0)))
#endif
