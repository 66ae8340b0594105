/*
 * ntstrsafe.h - bounded string functions for kernel code, drvlint WDK model.
 * Declared as plain functions so that the analysis sees every call.
 */
#pragma once
#ifndef _NTSTRSAFE_H_INCLUDED_
#define _NTSTRSAFE_H_INCLUDED_

#include <ntdef.h>
#include <stdarg.h>
#include <string.h>

typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef wchar_t *NTSTRSAFE_PWSTR;
typedef const wchar_t *NTSTRSAFE_PCWSTR;
typedef const wchar_t __unaligned *NTSTRSAFE_PCUWSTR;
typedef const char *STRSAFE_PCNZCH;
typedef const wchar_t *STRSAFE_PCNZWCH;
typedef const wchar_t __unaligned *STRSAFE_PCUNZWCH;
typedef char *STRSAFE_LPSTR;
typedef const char *STRSAFE_LPCSTR;
typedef wchar_t *STRSAFE_LPWSTR;
typedef const wchar_t *STRSAFE_LPCWSTR;
typedef unsigned long STRSAFE_DWORD;

#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(wchar_t))
#define NTSTRSAFE_MAX_LENGTH (NTSTRSAFE_MAX_CCH - 1)
#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
#define STRSAFE_IGNORE_NULL_UNICODE_STRINGS 0x00010000
#define STRSAFE_UNICODE_STRING_DEST_NULL_TERMINATED 0x00020000
#define STRSAFE_ZERO_LENGTH_ON_FAILURE 0x00040000
#define STRSAFE_FILL_BYTE(x) ((STRSAFE_DWORD)(((x) & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STRSAFE_FAILURE_BYTE(x) ((STRSAFE_DWORD)(((x) & 0x000000FF) | STRSAFE_FILL_ON_FAILURE))
#define STRSAFE_GET_FILL_PATTERN(dwFlags) ((int)((dwFlags) & 0x000000FF))

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyNW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cbToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyNA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cbToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyNW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyNA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToCopy) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cchToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyNExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cbToCopy, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyNExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cbToCopy, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyNExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToCopy, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyNExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToCopy) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cchToCopy, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatExW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatExA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatExW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatExA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatNW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cbToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatNA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cbToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatNW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatNA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToAppend) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cchToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatNExW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cbToAppend, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbCatNExA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cbToAppend, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatNExW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToAppend, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchCatNExA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_reads_(cchToAppend) NTSTRSAFE_PCSTR pszSrc, _In_ size_t cchToAppend, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbPrintfW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbPrintfA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbPrintfExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbPrintfExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbVPrintfW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbVPrintfA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchVPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchVPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbVPrintfExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbVPrintfExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchVPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchVPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbLengthW(_In_reads_or_z_(cbMax / sizeof(char)) NTSTRSAFE_PCWSTR psz, _In_ size_t cbMax, _Out_opt_ size_t *pcbLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCbLengthA(_In_reads_or_z_(cbMax / sizeof(char)) NTSTRSAFE_PCSTR psz, _In_ size_t cbMax, _Out_opt_ size_t *pcbLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchLengthW(_In_reads_or_z_(cchMax) NTSTRSAFE_PCWSTR psz, _In_ size_t cchMax, _Out_opt_ size_t *pcchLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlStringCchLengthA(_In_reads_or_z_(cchMax) NTSTRSAFE_PCSTR psz, _In_ size_t cchMax, _Out_opt_ size_t *pcchLength);

/* UNICODE_STRING variants */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringInit(_Out_ PUNICODE_STRING DestinationString, _In_opt_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringInitEx(_Out_ PUNICODE_STRING DestinationString, _In_opt_ NTSTRSAFE_PCWSTR pszSrc, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringValidate(_In_opt_ PCUNICODE_STRING SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringValidateEx(_In_opt_ PCUNICODE_STRING SourceString, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCopyString(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCopy(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCopyStringEx(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc, _Out_opt_ PUNICODE_STRING RemainingString, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCopyEx(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _Out_opt_ PUNICODE_STRING RemainingString, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCchCopyStringN(_Inout_ PUNICODE_STRING DestinationString, _In_reads_or_z_(cchToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCbCopyStringN(_Inout_ PUNICODE_STRING DestinationString, _In_reads_or_z_(cbToCopy / sizeof(wchar_t)) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cbToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCchCopyN(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ size_t cchToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCbCopyN(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ size_t cbToCopy);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCatString(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCat(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCatStringEx(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc, _Out_opt_ PUNICODE_STRING RemainingString, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCatEx(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _Out_opt_ PUNICODE_STRING RemainingString, _In_ DWORD dwFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCchCatStringN(_Inout_ PUNICODE_STRING DestinationString, _In_reads_or_z_(cchToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCbCatStringN(_Inout_ PUNICODE_STRING DestinationString, _In_reads_or_z_(cbToAppend / sizeof(wchar_t)) NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cbToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCchCatN(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ size_t cchToAppend);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCbCatN(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString, _In_ size_t cbToAppend);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringPrintf(_Inout_ PUNICODE_STRING DestinationString, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringPrintfEx(_Inout_ PUNICODE_STRING DestinationString, _Out_opt_ PUNICODE_STRING RemainingString, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringVPrintf(_Inout_ PUNICODE_STRING DestinationString, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringVPrintfEx(_Inout_ PUNICODE_STRING DestinationString, _Out_opt_ PUNICODE_STRING RemainingString, _In_ DWORD dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnalignedStringCbLengthW(_In_reads_or_z_(cbMax / sizeof(wchar_t)) STRSAFE_PCUNZWCH psz, _In_ size_t cbMax, _Out_opt_ size_t *pcbLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI RtlUnalignedStringCchLengthW(_In_reads_or_z_(cchMax) STRSAFE_PCUNZWCH psz, _In_ size_t cchMax, _Out_opt_ size_t *pcchLength);

#ifdef UNICODE
#define RtlStringCbCopy RtlStringCbCopyW
#define RtlStringCchCopy RtlStringCchCopyW
#define RtlStringCbCat RtlStringCbCatW
#define RtlStringCchCat RtlStringCchCatW
#define RtlStringCbPrintf RtlStringCbPrintfW
#define RtlStringCchPrintf RtlStringCchPrintfW
#define RtlStringCbLength RtlStringCbLengthW
#define RtlStringCchLength RtlStringCchLengthW
#endif

#endif
