/* string.h - the C runtime string and memory functions kernel code uses (drvlint WDK model). */
#pragma once
#ifndef _DRVLINT_STRING_H
#define _DRVLINT_STRING_H
#include <stddef.h>

void *__cdecl memcpy(void *dst, const void *src, size_t n);
void *__cdecl memmove(void *dst, const void *src, size_t n);
void *__cdecl memset(void *dst, int c, size_t n);
int __cdecl memcmp(const void *a, const void *b, size_t n);
void *__cdecl memchr(const void *p, int c, size_t n);
int __cdecl _memicmp(const void *a, const void *b, size_t n);
int __cdecl memcpy_s(void *dst, size_t dstsize, const void *src, size_t n);
int __cdecl memmove_s(void *dst, size_t dstsize, const void *src, size_t n);

size_t __cdecl strlen(const char *s);
size_t __cdecl strnlen(const char *s, size_t n);
char *__cdecl strcpy(char *dst, const char *src);
char *__cdecl strncpy(char *dst, const char *src, size_t n);
char *__cdecl strcat(char *dst, const char *src);
char *__cdecl strncat(char *dst, const char *src, size_t n);
int __cdecl strcmp(const char *a, const char *b);
int __cdecl strncmp(const char *a, const char *b, size_t n);
int __cdecl _stricmp(const char *a, const char *b);
int __cdecl _strnicmp(const char *a, const char *b, size_t n);
char *__cdecl strchr(const char *s, int c);
char *__cdecl strrchr(const char *s, int c);
char *__cdecl strstr(const char *s, const char *sub);
char *__cdecl strtok(char *s, const char *delim);
char *__cdecl strtok_s(char *s, const char *delim, char **ctx);
size_t __cdecl strspn(const char *s, const char *set);
size_t __cdecl strcspn(const char *s, const char *set);
char *__cdecl strpbrk(const char *s, const char *set);
char *__cdecl _strupr(char *s);
char *__cdecl _strlwr(char *s);
char *__cdecl _strdup(const char *s);
int __cdecl strcpy_s(char *dst, size_t n, const char *src);
int __cdecl strncpy_s(char *dst, size_t n, const char *src, size_t count);
int __cdecl strcat_s(char *dst, size_t n, const char *src);
#define stricmp _stricmp
#define strnicmp _strnicmp
#define strlwr _strlwr
#define strupr _strupr

size_t __cdecl wcslen(const wchar_t *s);
size_t __cdecl wcsnlen(const wchar_t *s, size_t n);
wchar_t *__cdecl wcscpy(wchar_t *dst, const wchar_t *src);
wchar_t *__cdecl wcsncpy(wchar_t *dst, const wchar_t *src, size_t n);
wchar_t *__cdecl wcscat(wchar_t *dst, const wchar_t *src);
wchar_t *__cdecl wcsncat(wchar_t *dst, const wchar_t *src, size_t n);
int __cdecl wcscmp(const wchar_t *a, const wchar_t *b);
int __cdecl wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
int __cdecl _wcsicmp(const wchar_t *a, const wchar_t *b);
int __cdecl _wcsnicmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *__cdecl wcschr(const wchar_t *s, wchar_t c);
wchar_t *__cdecl wcsrchr(const wchar_t *s, wchar_t c);
wchar_t *__cdecl wcsstr(const wchar_t *s, const wchar_t *sub);
wchar_t *__cdecl wcstok(wchar_t *s, const wchar_t *delim, wchar_t **ctx);
size_t __cdecl wcsspn(const wchar_t *s, const wchar_t *set);
size_t __cdecl wcscspn(const wchar_t *s, const wchar_t *set);
wchar_t *__cdecl wcspbrk(const wchar_t *s, const wchar_t *set);
wchar_t *__cdecl _wcsupr(wchar_t *s);
wchar_t *__cdecl _wcslwr(wchar_t *s);
int __cdecl wcscpy_s(wchar_t *dst, size_t n, const wchar_t *src);
int __cdecl wcsncpy_s(wchar_t *dst, size_t n, const wchar_t *src, size_t count);
int __cdecl wcscat_s(wchar_t *dst, size_t n, const wchar_t *src);
#define wcsicmp _wcsicmp
#define wcsnicmp _wcsnicmp

#endif
