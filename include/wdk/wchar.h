/* wchar.h - wide string functions (drvlint WDK model). */
#pragma once
#ifndef _DRVLINT_WCHAR_H
#define _DRVLINT_WCHAR_H
#include <stddef.h>
#include <string.h>
#include <stdarg.h>
typedef unsigned short wint_t;
typedef unsigned short wctype_t;
#define WEOF ((wint_t)0xFFFF)
int __cdecl iswspace(wint_t c);
int __cdecl iswdigit(wint_t c);
int __cdecl iswalpha(wint_t c);
int __cdecl iswalnum(wint_t c);
int __cdecl iswxdigit(wint_t c);
int __cdecl iswupper(wint_t c);
int __cdecl iswlower(wint_t c);
int __cdecl iswprint(wint_t c);
wint_t __cdecl towupper(wint_t c);
wint_t __cdecl towlower(wint_t c);
long __cdecl wcstol(const wchar_t *s, wchar_t **end, int base);
unsigned long __cdecl wcstoul(const wchar_t *s, wchar_t **end, int base);
int __cdecl _wtoi(const wchar_t *s);
long __cdecl _wtol(const wchar_t *s);
int __cdecl swprintf(wchar_t *buf, size_t n, const wchar_t *fmt, ...);
int __cdecl _snwprintf(wchar_t *buf, size_t n, const wchar_t *fmt, ...);
int __cdecl _vsnwprintf(wchar_t *buf, size_t n, const wchar_t *fmt, va_list ap);
int __cdecl swprintf_s(wchar_t *buf, size_t n, const wchar_t *fmt, ...);
#endif
