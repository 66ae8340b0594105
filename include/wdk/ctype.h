/* ctype.h - drvlint WDK model. */
#pragma once
#ifndef _DRVLINT_CTYPE_H
#define _DRVLINT_CTYPE_H
int __cdecl isspace(int c);
int __cdecl isdigit(int c);
int __cdecl isxdigit(int c);
int __cdecl isalpha(int c);
int __cdecl isalnum(int c);
int __cdecl isupper(int c);
int __cdecl islower(int c);
int __cdecl isprint(int c);
int __cdecl ispunct(int c);
int __cdecl iscntrl(int c);
int __cdecl isgraph(int c);
int __cdecl toupper(int c);
int __cdecl tolower(int c);
#endif
