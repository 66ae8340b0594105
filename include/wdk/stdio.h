/* stdio.h - formatting functions kernel code may call (drvlint WDK model). */
#pragma once
#ifndef _DRVLINT_STDIO_H
#define _DRVLINT_STDIO_H
#include <stddef.h>
#include <stdarg.h>
typedef struct _iobuf { void *_Placeholder; } FILE;
#define EOF (-1)
int __cdecl sprintf(char *buf, const char *fmt, ...);
int __cdecl snprintf(char *buf, size_t n, const char *fmt, ...);
int __cdecl _snprintf(char *buf, size_t n, const char *fmt, ...);
int __cdecl vsprintf(char *buf, const char *fmt, va_list ap);
int __cdecl vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
int __cdecl _vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
int __cdecl sprintf_s(char *buf, size_t n, const char *fmt, ...);
int __cdecl swprintf(wchar_t *buf, size_t n, const wchar_t *fmt, ...);
int __cdecl _snwprintf(wchar_t *buf, size_t n, const wchar_t *fmt, ...);
int __cdecl _vsnwprintf(wchar_t *buf, size_t n, const wchar_t *fmt, va_list ap);
int __cdecl sscanf(const char *s, const char *fmt, ...);
int __cdecl swscanf(const wchar_t *s, const wchar_t *fmt, ...);
int __cdecl printf(const char *fmt, ...);
#endif
