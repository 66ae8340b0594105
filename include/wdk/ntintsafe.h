/*
 * ntintsafe.h - overflow-checked integer arithmetic and conversions, drvlint WDK model.
 * Each function returns STATUS_SUCCESS or STATUS_INTEGER_OVERFLOW.
 */
#pragma once
#ifndef _NTINTSAFE_H_INCLUDED_
#define _NTINTSAFE_H_INCLUDED_

#include <ntdef.h>

#define INTSAFE_E_ARITHMETIC_OVERFLOW ((NTSTATUS)0xC0000095L)
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef SHORT_MIN
#define SHORT_MIN (-32768)
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef INT_MIN
#define INT_MIN (-2147483647 - 1)
#endif
#ifndef INT_MAX
#define INT_MAX 2147483647
#endif
#ifndef UINT_MAX
#define UINT_MAX 0xffffffff
#endif
#ifndef LONG_MIN
#define LONG_MIN (-2147483647L - 1)
#endif
#ifndef LONG_MAX
#define LONG_MAX 2147483647L
#endif
#ifndef ULONG_MAX
#define ULONG_MAX 0xffffffffUL
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807i64
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffui64
#endif
#ifndef DWORDLONG_MAX
#define DWORDLONG_MAX 0xffffffffffffffffui64
#endif
#ifndef ULONG64_MAX
#define ULONG64_MAX 0xffffffffffffffffui64
#endif
#ifndef DWORD64_MAX
#define DWORD64_MAX 0xffffffffffffffffui64
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX ULONGLONG_MAX
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX LONGLONG_MAX
#endif
#ifndef SIZE_T_ERROR
#define SIZE_T_ERROR ULONGLONG_MAX
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX ULONGLONG_MAX
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX LONGLONG_MAX
#endif
#ifndef ULONG_ERROR
#define ULONG_ERROR 0xffffffffUL
#endif
#ifndef USHORT_ERROR
#define USHORT_ERROR 0xffff
#endif
#ifndef ULONGLONG_ERROR
#define ULONGLONG_ERROR 0xffffffffffffffffui64
#endif

/* Arithmetic */
NTSTATUS NTAPI RtlUCharAdd(_In_ UCHAR Augend, _In_ UCHAR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) UCHAR *pResult);
NTSTATUS NTAPI RtlUCharSub(_In_ UCHAR Minuend, _In_ UCHAR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) UCHAR *pResult);
NTSTATUS NTAPI RtlUCharMult(_In_ UCHAR Multiplicand, _In_ UCHAR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) UCHAR *pResult);
NTSTATUS NTAPI RtlCharAdd(_In_ CHAR Augend, _In_ CHAR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) CHAR *pResult);
NTSTATUS NTAPI RtlCharSub(_In_ CHAR Minuend, _In_ CHAR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) CHAR *pResult);
NTSTATUS NTAPI RtlCharMult(_In_ CHAR Multiplicand, _In_ CHAR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) CHAR *pResult);
NTSTATUS NTAPI RtlInt8Add(_In_ INT8 Augend, _In_ INT8 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) INT8 *pResult);
NTSTATUS NTAPI RtlInt8Sub(_In_ INT8 Minuend, _In_ INT8 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) INT8 *pResult);
NTSTATUS NTAPI RtlInt8Mult(_In_ INT8 Multiplicand, _In_ INT8 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) INT8 *pResult);
NTSTATUS NTAPI RtlUInt8Add(_In_ UINT8 Augend, _In_ UINT8 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) UINT8 *pResult);
NTSTATUS NTAPI RtlUInt8Sub(_In_ UINT8 Minuend, _In_ UINT8 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) UINT8 *pResult);
NTSTATUS NTAPI RtlUInt8Mult(_In_ UINT8 Multiplicand, _In_ UINT8 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) UINT8 *pResult);
NTSTATUS NTAPI RtlByteAdd(_In_ BYTE Augend, _In_ BYTE Addend, _Out_ _Deref_out_range_(==, Augend + Addend) BYTE *pResult);
NTSTATUS NTAPI RtlByteSub(_In_ BYTE Minuend, _In_ BYTE Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) BYTE *pResult);
NTSTATUS NTAPI RtlByteMult(_In_ BYTE Multiplicand, _In_ BYTE Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) BYTE *pResult);
NTSTATUS NTAPI RtlShortAdd(_In_ SHORT Augend, _In_ SHORT Addend, _Out_ _Deref_out_range_(==, Augend + Addend) SHORT *pResult);
NTSTATUS NTAPI RtlShortSub(_In_ SHORT Minuend, _In_ SHORT Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) SHORT *pResult);
NTSTATUS NTAPI RtlShortMult(_In_ SHORT Multiplicand, _In_ SHORT Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) SHORT *pResult);
NTSTATUS NTAPI RtlUShortAdd(_In_ USHORT Augend, _In_ USHORT Addend, _Out_ _Deref_out_range_(==, Augend + Addend) USHORT *pResult);
NTSTATUS NTAPI RtlUShortSub(_In_ USHORT Minuend, _In_ USHORT Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) USHORT *pResult);
NTSTATUS NTAPI RtlUShortMult(_In_ USHORT Multiplicand, _In_ USHORT Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) USHORT *pResult);
NTSTATUS NTAPI RtlWordAdd(_In_ WORD Augend, _In_ WORD Addend, _Out_ _Deref_out_range_(==, Augend + Addend) WORD *pResult);
NTSTATUS NTAPI RtlWordSub(_In_ WORD Minuend, _In_ WORD Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) WORD *pResult);
NTSTATUS NTAPI RtlWordMult(_In_ WORD Multiplicand, _In_ WORD Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) WORD *pResult);
NTSTATUS NTAPI RtlIntAdd(_In_ INT Augend, _In_ INT Addend, _Out_ _Deref_out_range_(==, Augend + Addend) INT *pResult);
NTSTATUS NTAPI RtlIntSub(_In_ INT Minuend, _In_ INT Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) INT *pResult);
NTSTATUS NTAPI RtlIntMult(_In_ INT Multiplicand, _In_ INT Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) INT *pResult);
NTSTATUS NTAPI RtlUIntAdd(_In_ UINT Augend, _In_ UINT Addend, _Out_ _Deref_out_range_(==, Augend + Addend) UINT *pResult);
NTSTATUS NTAPI RtlUIntSub(_In_ UINT Minuend, _In_ UINT Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) UINT *pResult);
NTSTATUS NTAPI RtlUIntMult(_In_ UINT Multiplicand, _In_ UINT Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) UINT *pResult);
NTSTATUS NTAPI RtlLongAdd(_In_ LONG Augend, _In_ LONG Addend, _Out_ _Deref_out_range_(==, Augend + Addend) LONG *pResult);
NTSTATUS NTAPI RtlLongSub(_In_ LONG Minuend, _In_ LONG Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) LONG *pResult);
NTSTATUS NTAPI RtlLongMult(_In_ LONG Multiplicand, _In_ LONG Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) LONG *pResult);
NTSTATUS NTAPI RtlULongAdd(_In_ ULONG Augend, _In_ ULONG Addend, _Out_ _Deref_out_range_(==, Augend + Addend) ULONG *pResult);
NTSTATUS NTAPI RtlULongSub(_In_ ULONG Minuend, _In_ ULONG Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) ULONG *pResult);
NTSTATUS NTAPI RtlULongMult(_In_ ULONG Multiplicand, _In_ ULONG Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) ULONG *pResult);
NTSTATUS NTAPI RtlDWordAdd(_In_ DWORD Augend, _In_ DWORD Addend, _Out_ _Deref_out_range_(==, Augend + Addend) DWORD *pResult);
NTSTATUS NTAPI RtlDWordSub(_In_ DWORD Minuend, _In_ DWORD Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) DWORD *pResult);
NTSTATUS NTAPI RtlDWordMult(_In_ DWORD Multiplicand, _In_ DWORD Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) DWORD *pResult);
NTSTATUS NTAPI RtlLongLongAdd(_In_ LONGLONG Augend, _In_ LONGLONG Addend, _Out_ _Deref_out_range_(==, Augend + Addend) LONGLONG *pResult);
NTSTATUS NTAPI RtlLongLongSub(_In_ LONGLONG Minuend, _In_ LONGLONG Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) LONGLONG *pResult);
NTSTATUS NTAPI RtlLongLongMult(_In_ LONGLONG Multiplicand, _In_ LONGLONG Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) LONGLONG *pResult);
NTSTATUS NTAPI RtlULongLongAdd(_In_ ULONGLONG Augend, _In_ ULONGLONG Addend, _Out_ _Deref_out_range_(==, Augend + Addend) ULONGLONG *pResult);
NTSTATUS NTAPI RtlULongLongSub(_In_ ULONGLONG Minuend, _In_ ULONGLONG Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) ULONGLONG *pResult);
NTSTATUS NTAPI RtlULongLongMult(_In_ ULONGLONG Multiplicand, _In_ ULONGLONG Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) ULONGLONG *pResult);
NTSTATUS NTAPI RtlInt64Add(_In_ INT64 Augend, _In_ INT64 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) INT64 *pResult);
NTSTATUS NTAPI RtlInt64Sub(_In_ INT64 Minuend, _In_ INT64 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) INT64 *pResult);
NTSTATUS NTAPI RtlInt64Mult(_In_ INT64 Multiplicand, _In_ INT64 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) INT64 *pResult);
NTSTATUS NTAPI RtlUInt64Add(_In_ UINT64 Augend, _In_ UINT64 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) UINT64 *pResult);
NTSTATUS NTAPI RtlUInt64Sub(_In_ UINT64 Minuend, _In_ UINT64 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) UINT64 *pResult);
NTSTATUS NTAPI RtlUInt64Mult(_In_ UINT64 Multiplicand, _In_ UINT64 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) UINT64 *pResult);
NTSTATUS NTAPI RtlDWordLongAdd(_In_ DWORDLONG Augend, _In_ DWORDLONG Addend, _Out_ _Deref_out_range_(==, Augend + Addend) DWORDLONG *pResult);
NTSTATUS NTAPI RtlDWordLongSub(_In_ DWORDLONG Minuend, _In_ DWORDLONG Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) DWORDLONG *pResult);
NTSTATUS NTAPI RtlDWordLongMult(_In_ DWORDLONG Multiplicand, _In_ DWORDLONG Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) DWORDLONG *pResult);
NTSTATUS NTAPI RtlSizeTAdd(_In_ SIZE_T Augend, _In_ SIZE_T Addend, _Out_ _Deref_out_range_(==, Augend + Addend) SIZE_T *pResult);
NTSTATUS NTAPI RtlSizeTSub(_In_ SIZE_T Minuend, _In_ SIZE_T Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) SIZE_T *pResult);
NTSTATUS NTAPI RtlSizeTMult(_In_ SIZE_T Multiplicand, _In_ SIZE_T Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) SIZE_T *pResult);
NTSTATUS NTAPI RtlSSizeTAdd(_In_ SSIZE_T Augend, _In_ SSIZE_T Addend, _Out_ _Deref_out_range_(==, Augend + Addend) SSIZE_T *pResult);
NTSTATUS NTAPI RtlSSizeTSub(_In_ SSIZE_T Minuend, _In_ SSIZE_T Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) SSIZE_T *pResult);
NTSTATUS NTAPI RtlSSizeTMult(_In_ SSIZE_T Multiplicand, _In_ SSIZE_T Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) SSIZE_T *pResult);
NTSTATUS NTAPI RtlLongPtrAdd(_In_ LONG_PTR Augend, _In_ LONG_PTR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) LONG_PTR *pResult);
NTSTATUS NTAPI RtlLongPtrSub(_In_ LONG_PTR Minuend, _In_ LONG_PTR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) LONG_PTR *pResult);
NTSTATUS NTAPI RtlLongPtrMult(_In_ LONG_PTR Multiplicand, _In_ LONG_PTR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) LONG_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrAdd(_In_ ULONG_PTR Augend, _In_ ULONG_PTR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) ULONG_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrSub(_In_ ULONG_PTR Minuend, _In_ ULONG_PTR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) ULONG_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrMult(_In_ ULONG_PTR Multiplicand, _In_ ULONG_PTR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) ULONG_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrAdd(_In_ INT_PTR Augend, _In_ INT_PTR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) INT_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrSub(_In_ INT_PTR Minuend, _In_ INT_PTR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) INT_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrMult(_In_ INT_PTR Multiplicand, _In_ INT_PTR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) INT_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrAdd(_In_ UINT_PTR Augend, _In_ UINT_PTR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) UINT_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrSub(_In_ UINT_PTR Minuend, _In_ UINT_PTR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) UINT_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrMult(_In_ UINT_PTR Multiplicand, _In_ UINT_PTR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) UINT_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrAdd(_In_ DWORD_PTR Augend, _In_ DWORD_PTR Addend, _Out_ _Deref_out_range_(==, Augend + Addend) DWORD_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrSub(_In_ DWORD_PTR Minuend, _In_ DWORD_PTR Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) DWORD_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrMult(_In_ DWORD_PTR Multiplicand, _In_ DWORD_PTR Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) DWORD_PTR *pResult);
NTSTATUS NTAPI RtlInt32Add(_In_ INT32 Augend, _In_ INT32 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) INT32 *pResult);
NTSTATUS NTAPI RtlInt32Sub(_In_ INT32 Minuend, _In_ INT32 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) INT32 *pResult);
NTSTATUS NTAPI RtlInt32Mult(_In_ INT32 Multiplicand, _In_ INT32 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) INT32 *pResult);
NTSTATUS NTAPI RtlUInt32Add(_In_ UINT32 Augend, _In_ UINT32 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) UINT32 *pResult);
NTSTATUS NTAPI RtlUInt32Sub(_In_ UINT32 Minuend, _In_ UINT32 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) UINT32 *pResult);
NTSTATUS NTAPI RtlUInt32Mult(_In_ UINT32 Multiplicand, _In_ UINT32 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) UINT32 *pResult);
NTSTATUS NTAPI RtlLong32Add(_In_ LONG32 Augend, _In_ LONG32 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) LONG32 *pResult);
NTSTATUS NTAPI RtlLong32Sub(_In_ LONG32 Minuend, _In_ LONG32 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) LONG32 *pResult);
NTSTATUS NTAPI RtlLong32Mult(_In_ LONG32 Multiplicand, _In_ LONG32 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) LONG32 *pResult);
NTSTATUS NTAPI RtlULong32Add(_In_ ULONG32 Augend, _In_ ULONG32 Addend, _Out_ _Deref_out_range_(==, Augend + Addend) ULONG32 *pResult);
NTSTATUS NTAPI RtlULong32Sub(_In_ ULONG32 Minuend, _In_ ULONG32 Subtrahend, _Out_ _Deref_out_range_(==, Minuend - Subtrahend) ULONG32 *pResult);
NTSTATUS NTAPI RtlULong32Mult(_In_ ULONG32 Multiplicand, _In_ ULONG32 Multiplier, _Out_ _Deref_out_range_(==, Multiplicand * Multiplier) ULONG32 *pResult);

/* Conversions */
NTSTATUS NTAPI RtlUCharToChar(_In_ UCHAR Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlUCharToInt8(_In_ UCHAR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlUCharToUInt8(_In_ UCHAR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlUCharToByte(_In_ UCHAR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlUCharToShort(_In_ UCHAR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlUCharToUShort(_In_ UCHAR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlUCharToWord(_In_ UCHAR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlUCharToInt(_In_ UCHAR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlUCharToUInt(_In_ UCHAR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlUCharToLong(_In_ UCHAR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlUCharToULong(_In_ UCHAR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlUCharToDWord(_In_ UCHAR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlUCharToLongLong(_In_ UCHAR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlUCharToULongLong(_In_ UCHAR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlUCharToSizeT(_In_ UCHAR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlUCharToSSizeT(_In_ UCHAR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlUCharToLongPtr(_In_ UCHAR Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlUCharToULongPtr(_In_ UCHAR Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlUCharToIntPtr(_In_ UCHAR Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlUCharToUIntPtr(_In_ UCHAR Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlUCharToDWordPtr(_In_ UCHAR Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlCharToUChar(_In_ CHAR Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlCharToInt8(_In_ CHAR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlCharToUInt8(_In_ CHAR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlCharToByte(_In_ CHAR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlCharToShort(_In_ CHAR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlCharToUShort(_In_ CHAR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlCharToWord(_In_ CHAR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlCharToInt(_In_ CHAR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlCharToUInt(_In_ CHAR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlCharToLong(_In_ CHAR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlCharToULong(_In_ CHAR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlCharToDWord(_In_ CHAR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlCharToLongLong(_In_ CHAR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlCharToULongLong(_In_ CHAR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlCharToSizeT(_In_ CHAR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlCharToSSizeT(_In_ CHAR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlCharToLongPtr(_In_ CHAR Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlCharToULongPtr(_In_ CHAR Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlCharToIntPtr(_In_ CHAR Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlCharToUIntPtr(_In_ CHAR Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlCharToDWordPtr(_In_ CHAR Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlInt8ToUChar(_In_ INT8 Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlInt8ToChar(_In_ INT8 Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlInt8ToUInt8(_In_ INT8 Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlInt8ToByte(_In_ INT8 Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlInt8ToShort(_In_ INT8 Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlInt8ToUShort(_In_ INT8 Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlInt8ToWord(_In_ INT8 Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlInt8ToInt(_In_ INT8 Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlInt8ToUInt(_In_ INT8 Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlInt8ToLong(_In_ INT8 Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlInt8ToULong(_In_ INT8 Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlInt8ToDWord(_In_ INT8 Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlInt8ToLongLong(_In_ INT8 Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlInt8ToULongLong(_In_ INT8 Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlInt8ToSizeT(_In_ INT8 Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlInt8ToSSizeT(_In_ INT8 Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlInt8ToLongPtr(_In_ INT8 Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlInt8ToULongPtr(_In_ INT8 Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlInt8ToIntPtr(_In_ INT8 Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlInt8ToUIntPtr(_In_ INT8 Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlInt8ToDWordPtr(_In_ INT8 Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlUInt8ToUChar(_In_ UINT8 Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlUInt8ToChar(_In_ UINT8 Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlUInt8ToInt8(_In_ UINT8 Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlUInt8ToByte(_In_ UINT8 Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlUInt8ToShort(_In_ UINT8 Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlUInt8ToUShort(_In_ UINT8 Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlUInt8ToWord(_In_ UINT8 Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlUInt8ToInt(_In_ UINT8 Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlUInt8ToUInt(_In_ UINT8 Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlUInt8ToLong(_In_ UINT8 Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlUInt8ToULong(_In_ UINT8 Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlUInt8ToDWord(_In_ UINT8 Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlUInt8ToLongLong(_In_ UINT8 Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlUInt8ToULongLong(_In_ UINT8 Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlUInt8ToSizeT(_In_ UINT8 Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlUInt8ToSSizeT(_In_ UINT8 Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlUInt8ToLongPtr(_In_ UINT8 Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlUInt8ToULongPtr(_In_ UINT8 Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlUInt8ToIntPtr(_In_ UINT8 Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlUInt8ToUIntPtr(_In_ UINT8 Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlUInt8ToDWordPtr(_In_ UINT8 Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlByteToUChar(_In_ BYTE Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlByteToChar(_In_ BYTE Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlByteToInt8(_In_ BYTE Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlByteToUInt8(_In_ BYTE Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlByteToShort(_In_ BYTE Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlByteToUShort(_In_ BYTE Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlByteToWord(_In_ BYTE Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlByteToInt(_In_ BYTE Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlByteToUInt(_In_ BYTE Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlByteToLong(_In_ BYTE Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlByteToULong(_In_ BYTE Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlByteToDWord(_In_ BYTE Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlByteToLongLong(_In_ BYTE Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlByteToULongLong(_In_ BYTE Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlByteToSizeT(_In_ BYTE Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlByteToSSizeT(_In_ BYTE Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlByteToLongPtr(_In_ BYTE Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlByteToULongPtr(_In_ BYTE Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlByteToIntPtr(_In_ BYTE Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlByteToUIntPtr(_In_ BYTE Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlByteToDWordPtr(_In_ BYTE Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlShortToUChar(_In_ SHORT Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlShortToChar(_In_ SHORT Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlShortToInt8(_In_ SHORT Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlShortToUInt8(_In_ SHORT Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlShortToByte(_In_ SHORT Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlShortToUShort(_In_ SHORT Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlShortToWord(_In_ SHORT Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlShortToInt(_In_ SHORT Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlShortToUInt(_In_ SHORT Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlShortToLong(_In_ SHORT Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlShortToULong(_In_ SHORT Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlShortToDWord(_In_ SHORT Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlShortToLongLong(_In_ SHORT Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlShortToULongLong(_In_ SHORT Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlShortToSizeT(_In_ SHORT Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlShortToSSizeT(_In_ SHORT Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlShortToLongPtr(_In_ SHORT Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlShortToULongPtr(_In_ SHORT Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlShortToIntPtr(_In_ SHORT Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlShortToUIntPtr(_In_ SHORT Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlShortToDWordPtr(_In_ SHORT Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlUShortToUChar(_In_ USHORT Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlUShortToChar(_In_ USHORT Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlUShortToInt8(_In_ USHORT Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlUShortToUInt8(_In_ USHORT Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlUShortToByte(_In_ USHORT Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlUShortToShort(_In_ USHORT Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlUShortToWord(_In_ USHORT Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlUShortToInt(_In_ USHORT Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlUShortToUInt(_In_ USHORT Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlUShortToLong(_In_ USHORT Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlUShortToULong(_In_ USHORT Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlUShortToDWord(_In_ USHORT Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlUShortToLongLong(_In_ USHORT Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlUShortToULongLong(_In_ USHORT Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlUShortToSizeT(_In_ USHORT Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlUShortToSSizeT(_In_ USHORT Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlUShortToLongPtr(_In_ USHORT Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlUShortToULongPtr(_In_ USHORT Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlUShortToIntPtr(_In_ USHORT Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlUShortToUIntPtr(_In_ USHORT Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlUShortToDWordPtr(_In_ USHORT Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlWordToUChar(_In_ WORD Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlWordToChar(_In_ WORD Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlWordToInt8(_In_ WORD Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlWordToUInt8(_In_ WORD Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlWordToByte(_In_ WORD Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlWordToShort(_In_ WORD Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlWordToUShort(_In_ WORD Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlWordToInt(_In_ WORD Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlWordToUInt(_In_ WORD Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlWordToLong(_In_ WORD Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlWordToULong(_In_ WORD Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlWordToDWord(_In_ WORD Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlWordToLongLong(_In_ WORD Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlWordToULongLong(_In_ WORD Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlWordToSizeT(_In_ WORD Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlWordToSSizeT(_In_ WORD Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlWordToLongPtr(_In_ WORD Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlWordToULongPtr(_In_ WORD Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlWordToIntPtr(_In_ WORD Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlWordToUIntPtr(_In_ WORD Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlWordToDWordPtr(_In_ WORD Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlIntToUChar(_In_ INT Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlIntToChar(_In_ INT Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlIntToInt8(_In_ INT Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlIntToUInt8(_In_ INT Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlIntToByte(_In_ INT Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlIntToShort(_In_ INT Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlIntToUShort(_In_ INT Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlIntToWord(_In_ INT Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlIntToUInt(_In_ INT Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlIntToLong(_In_ INT Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlIntToULong(_In_ INT Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlIntToDWord(_In_ INT Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlIntToLongLong(_In_ INT Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlIntToULongLong(_In_ INT Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlIntToSizeT(_In_ INT Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlIntToSSizeT(_In_ INT Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlIntToLongPtr(_In_ INT Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlIntToULongPtr(_In_ INT Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlIntToIntPtr(_In_ INT Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlIntToUIntPtr(_In_ INT Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlIntToDWordPtr(_In_ INT Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlUIntToUChar(_In_ UINT Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlUIntToChar(_In_ UINT Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlUIntToInt8(_In_ UINT Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlUIntToUInt8(_In_ UINT Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlUIntToByte(_In_ UINT Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlUIntToShort(_In_ UINT Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlUIntToUShort(_In_ UINT Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlUIntToWord(_In_ UINT Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlUIntToInt(_In_ UINT Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlUIntToLong(_In_ UINT Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlUIntToULong(_In_ UINT Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlUIntToDWord(_In_ UINT Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlUIntToLongLong(_In_ UINT Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlUIntToULongLong(_In_ UINT Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlUIntToSizeT(_In_ UINT Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlUIntToSSizeT(_In_ UINT Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlUIntToLongPtr(_In_ UINT Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlUIntToULongPtr(_In_ UINT Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlUIntToIntPtr(_In_ UINT Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlUIntToUIntPtr(_In_ UINT Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlUIntToDWordPtr(_In_ UINT Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlLongToUChar(_In_ LONG Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlLongToChar(_In_ LONG Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlLongToInt8(_In_ LONG Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlLongToUInt8(_In_ LONG Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlLongToByte(_In_ LONG Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlLongToShort(_In_ LONG Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlLongToUShort(_In_ LONG Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlLongToWord(_In_ LONG Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlLongToInt(_In_ LONG Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlLongToUInt(_In_ LONG Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlLongToULong(_In_ LONG Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlLongToDWord(_In_ LONG Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlLongToLongLong(_In_ LONG Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlLongToULongLong(_In_ LONG Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlLongToSizeT(_In_ LONG Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlLongToSSizeT(_In_ LONG Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlLongToLongPtr(_In_ LONG Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlLongToULongPtr(_In_ LONG Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlLongToIntPtr(_In_ LONG Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlLongToUIntPtr(_In_ LONG Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlLongToDWordPtr(_In_ LONG Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlULongToUChar(_In_ ULONG Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlULongToChar(_In_ ULONG Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlULongToInt8(_In_ ULONG Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlULongToUInt8(_In_ ULONG Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlULongToByte(_In_ ULONG Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlULongToShort(_In_ ULONG Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlULongToUShort(_In_ ULONG Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlULongToWord(_In_ ULONG Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlULongToInt(_In_ ULONG Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlULongToUInt(_In_ ULONG Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlULongToLong(_In_ ULONG Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlULongToDWord(_In_ ULONG Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlULongToLongLong(_In_ ULONG Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlULongToULongLong(_In_ ULONG Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlULongToSizeT(_In_ ULONG Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlULongToSSizeT(_In_ ULONG Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlULongToLongPtr(_In_ ULONG Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlULongToULongPtr(_In_ ULONG Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlULongToIntPtr(_In_ ULONG Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlULongToUIntPtr(_In_ ULONG Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlULongToDWordPtr(_In_ ULONG Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlDWordToUChar(_In_ DWORD Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlDWordToChar(_In_ DWORD Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlDWordToInt8(_In_ DWORD Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlDWordToUInt8(_In_ DWORD Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlDWordToByte(_In_ DWORD Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlDWordToShort(_In_ DWORD Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlDWordToUShort(_In_ DWORD Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlDWordToWord(_In_ DWORD Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlDWordToInt(_In_ DWORD Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlDWordToUInt(_In_ DWORD Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlDWordToLong(_In_ DWORD Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlDWordToULong(_In_ DWORD Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlDWordToLongLong(_In_ DWORD Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlDWordToULongLong(_In_ DWORD Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlDWordToSizeT(_In_ DWORD Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlDWordToSSizeT(_In_ DWORD Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlDWordToLongPtr(_In_ DWORD Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlDWordToULongPtr(_In_ DWORD Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlDWordToIntPtr(_In_ DWORD Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlDWordToUIntPtr(_In_ DWORD Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlDWordToDWordPtr(_In_ DWORD Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlLongLongToUChar(_In_ LONGLONG Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlLongLongToChar(_In_ LONGLONG Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlLongLongToInt8(_In_ LONGLONG Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlLongLongToUInt8(_In_ LONGLONG Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlLongLongToByte(_In_ LONGLONG Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlLongLongToShort(_In_ LONGLONG Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlLongLongToUShort(_In_ LONGLONG Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlLongLongToWord(_In_ LONGLONG Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlLongLongToInt(_In_ LONGLONG Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlLongLongToUInt(_In_ LONGLONG Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlLongLongToLong(_In_ LONGLONG Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlLongLongToULong(_In_ LONGLONG Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlLongLongToDWord(_In_ LONGLONG Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlLongLongToULongLong(_In_ LONGLONG Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlLongLongToSizeT(_In_ LONGLONG Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlLongLongToSSizeT(_In_ LONGLONG Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlLongLongToLongPtr(_In_ LONGLONG Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlLongLongToULongPtr(_In_ LONGLONG Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlLongLongToIntPtr(_In_ LONGLONG Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlLongLongToUIntPtr(_In_ LONGLONG Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlLongLongToDWordPtr(_In_ LONGLONG Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlULongLongToUChar(_In_ ULONGLONG Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlULongLongToChar(_In_ ULONGLONG Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlULongLongToInt8(_In_ ULONGLONG Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlULongLongToUInt8(_In_ ULONGLONG Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlULongLongToByte(_In_ ULONGLONG Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlULongLongToShort(_In_ ULONGLONG Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlULongLongToUShort(_In_ ULONGLONG Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlULongLongToWord(_In_ ULONGLONG Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlULongLongToInt(_In_ ULONGLONG Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlULongLongToUInt(_In_ ULONGLONG Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlULongLongToLong(_In_ ULONGLONG Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlULongLongToULong(_In_ ULONGLONG Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlULongLongToDWord(_In_ ULONGLONG Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlULongLongToLongLong(_In_ ULONGLONG Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlULongLongToSizeT(_In_ ULONGLONG Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlULongLongToSSizeT(_In_ ULONGLONG Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlULongLongToLongPtr(_In_ ULONGLONG Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlULongLongToULongPtr(_In_ ULONGLONG Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlULongLongToIntPtr(_In_ ULONGLONG Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlULongLongToUIntPtr(_In_ ULONGLONG Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlULongLongToDWordPtr(_In_ ULONGLONG Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlSizeTToUChar(_In_ SIZE_T Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlSizeTToChar(_In_ SIZE_T Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlSizeTToInt8(_In_ SIZE_T Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlSizeTToUInt8(_In_ SIZE_T Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlSizeTToByte(_In_ SIZE_T Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlSizeTToShort(_In_ SIZE_T Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlSizeTToUShort(_In_ SIZE_T Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlSizeTToWord(_In_ SIZE_T Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlSizeTToInt(_In_ SIZE_T Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlSizeTToUInt(_In_ SIZE_T Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlSizeTToLong(_In_ SIZE_T Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlSizeTToULong(_In_ SIZE_T Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlSizeTToDWord(_In_ SIZE_T Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlSizeTToLongLong(_In_ SIZE_T Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlSizeTToULongLong(_In_ SIZE_T Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlSizeTToSSizeT(_In_ SIZE_T Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlSizeTToLongPtr(_In_ SIZE_T Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlSizeTToULongPtr(_In_ SIZE_T Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlSizeTToIntPtr(_In_ SIZE_T Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlSizeTToUIntPtr(_In_ SIZE_T Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlSizeTToDWordPtr(_In_ SIZE_T Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlSSizeTToUChar(_In_ SSIZE_T Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlSSizeTToChar(_In_ SSIZE_T Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlSSizeTToInt8(_In_ SSIZE_T Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlSSizeTToUInt8(_In_ SSIZE_T Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlSSizeTToByte(_In_ SSIZE_T Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlSSizeTToShort(_In_ SSIZE_T Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlSSizeTToUShort(_In_ SSIZE_T Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlSSizeTToWord(_In_ SSIZE_T Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlSSizeTToInt(_In_ SSIZE_T Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlSSizeTToUInt(_In_ SSIZE_T Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlSSizeTToLong(_In_ SSIZE_T Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlSSizeTToULong(_In_ SSIZE_T Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlSSizeTToDWord(_In_ SSIZE_T Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlSSizeTToLongLong(_In_ SSIZE_T Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlSSizeTToULongLong(_In_ SSIZE_T Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlSSizeTToSizeT(_In_ SSIZE_T Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlSSizeTToLongPtr(_In_ SSIZE_T Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlSSizeTToULongPtr(_In_ SSIZE_T Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlSSizeTToIntPtr(_In_ SSIZE_T Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlSSizeTToUIntPtr(_In_ SSIZE_T Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlSSizeTToDWordPtr(_In_ SSIZE_T Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlLongPtrToUChar(_In_ LONG_PTR Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlLongPtrToChar(_In_ LONG_PTR Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlLongPtrToInt8(_In_ LONG_PTR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlLongPtrToUInt8(_In_ LONG_PTR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlLongPtrToByte(_In_ LONG_PTR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlLongPtrToShort(_In_ LONG_PTR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlLongPtrToUShort(_In_ LONG_PTR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlLongPtrToWord(_In_ LONG_PTR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlLongPtrToInt(_In_ LONG_PTR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlLongPtrToUInt(_In_ LONG_PTR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlLongPtrToLong(_In_ LONG_PTR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlLongPtrToULong(_In_ LONG_PTR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlLongPtrToDWord(_In_ LONG_PTR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlLongPtrToLongLong(_In_ LONG_PTR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlLongPtrToULongLong(_In_ LONG_PTR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlLongPtrToSizeT(_In_ LONG_PTR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlLongPtrToSSizeT(_In_ LONG_PTR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlLongPtrToULongPtr(_In_ LONG_PTR Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlLongPtrToIntPtr(_In_ LONG_PTR Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlLongPtrToUIntPtr(_In_ LONG_PTR Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlLongPtrToDWordPtr(_In_ LONG_PTR Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrToUChar(_In_ ULONG_PTR Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlULongPtrToChar(_In_ ULONG_PTR Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlULongPtrToInt8(_In_ ULONG_PTR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlULongPtrToUInt8(_In_ ULONG_PTR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlULongPtrToByte(_In_ ULONG_PTR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlULongPtrToShort(_In_ ULONG_PTR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlULongPtrToUShort(_In_ ULONG_PTR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlULongPtrToWord(_In_ ULONG_PTR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlULongPtrToInt(_In_ ULONG_PTR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlULongPtrToUInt(_In_ ULONG_PTR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlULongPtrToLong(_In_ ULONG_PTR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlULongPtrToULong(_In_ ULONG_PTR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlULongPtrToDWord(_In_ ULONG_PTR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlULongPtrToLongLong(_In_ ULONG_PTR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlULongPtrToULongLong(_In_ ULONG_PTR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlULongPtrToSizeT(_In_ ULONG_PTR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlULongPtrToSSizeT(_In_ ULONG_PTR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlULongPtrToLongPtr(_In_ ULONG_PTR Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrToIntPtr(_In_ ULONG_PTR Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrToUIntPtr(_In_ ULONG_PTR Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlULongPtrToDWordPtr(_In_ ULONG_PTR Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrToUChar(_In_ INT_PTR Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlIntPtrToChar(_In_ INT_PTR Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlIntPtrToInt8(_In_ INT_PTR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlIntPtrToUInt8(_In_ INT_PTR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlIntPtrToByte(_In_ INT_PTR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlIntPtrToShort(_In_ INT_PTR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlIntPtrToUShort(_In_ INT_PTR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlIntPtrToWord(_In_ INT_PTR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlIntPtrToInt(_In_ INT_PTR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlIntPtrToUInt(_In_ INT_PTR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlIntPtrToLong(_In_ INT_PTR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlIntPtrToULong(_In_ INT_PTR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlIntPtrToDWord(_In_ INT_PTR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlIntPtrToLongLong(_In_ INT_PTR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlIntPtrToULongLong(_In_ INT_PTR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlIntPtrToSizeT(_In_ INT_PTR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlIntPtrToSSizeT(_In_ INT_PTR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlIntPtrToLongPtr(_In_ INT_PTR Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrToULongPtr(_In_ INT_PTR Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrToUIntPtr(_In_ INT_PTR Operand, _Out_ UINT_PTR *pResult);
NTSTATUS NTAPI RtlIntPtrToDWordPtr(_In_ INT_PTR Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrToUChar(_In_ UINT_PTR Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlUIntPtrToChar(_In_ UINT_PTR Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlUIntPtrToInt8(_In_ UINT_PTR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlUIntPtrToUInt8(_In_ UINT_PTR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlUIntPtrToByte(_In_ UINT_PTR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlUIntPtrToShort(_In_ UINT_PTR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlUIntPtrToUShort(_In_ UINT_PTR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlUIntPtrToWord(_In_ UINT_PTR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlUIntPtrToInt(_In_ UINT_PTR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlUIntPtrToUInt(_In_ UINT_PTR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlUIntPtrToLong(_In_ UINT_PTR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlUIntPtrToULong(_In_ UINT_PTR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlUIntPtrToDWord(_In_ UINT_PTR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlUIntPtrToLongLong(_In_ UINT_PTR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlUIntPtrToULongLong(_In_ UINT_PTR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlUIntPtrToSizeT(_In_ UINT_PTR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlUIntPtrToSSizeT(_In_ UINT_PTR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlUIntPtrToLongPtr(_In_ UINT_PTR Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrToULongPtr(_In_ UINT_PTR Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrToIntPtr(_In_ UINT_PTR Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlUIntPtrToDWordPtr(_In_ UINT_PTR Operand, _Out_ DWORD_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrToUChar(_In_ DWORD_PTR Operand, _Out_ UCHAR *pResult);
NTSTATUS NTAPI RtlDWordPtrToChar(_In_ DWORD_PTR Operand, _Out_ CHAR *pResult);
NTSTATUS NTAPI RtlDWordPtrToInt8(_In_ DWORD_PTR Operand, _Out_ INT8 *pResult);
NTSTATUS NTAPI RtlDWordPtrToUInt8(_In_ DWORD_PTR Operand, _Out_ UINT8 *pResult);
NTSTATUS NTAPI RtlDWordPtrToByte(_In_ DWORD_PTR Operand, _Out_ BYTE *pResult);
NTSTATUS NTAPI RtlDWordPtrToShort(_In_ DWORD_PTR Operand, _Out_ SHORT *pResult);
NTSTATUS NTAPI RtlDWordPtrToUShort(_In_ DWORD_PTR Operand, _Out_ USHORT *pResult);
NTSTATUS NTAPI RtlDWordPtrToWord(_In_ DWORD_PTR Operand, _Out_ WORD *pResult);
NTSTATUS NTAPI RtlDWordPtrToInt(_In_ DWORD_PTR Operand, _Out_ INT *pResult);
NTSTATUS NTAPI RtlDWordPtrToUInt(_In_ DWORD_PTR Operand, _Out_ UINT *pResult);
NTSTATUS NTAPI RtlDWordPtrToLong(_In_ DWORD_PTR Operand, _Out_ LONG *pResult);
NTSTATUS NTAPI RtlDWordPtrToULong(_In_ DWORD_PTR Operand, _Out_ ULONG *pResult);
NTSTATUS NTAPI RtlDWordPtrToDWord(_In_ DWORD_PTR Operand, _Out_ DWORD *pResult);
NTSTATUS NTAPI RtlDWordPtrToLongLong(_In_ DWORD_PTR Operand, _Out_ LONGLONG *pResult);
NTSTATUS NTAPI RtlDWordPtrToULongLong(_In_ DWORD_PTR Operand, _Out_ ULONGLONG *pResult);
NTSTATUS NTAPI RtlDWordPtrToSizeT(_In_ DWORD_PTR Operand, _Out_ SIZE_T *pResult);
NTSTATUS NTAPI RtlDWordPtrToSSizeT(_In_ DWORD_PTR Operand, _Out_ SSIZE_T *pResult);
NTSTATUS NTAPI RtlDWordPtrToLongPtr(_In_ DWORD_PTR Operand, _Out_ LONG_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrToULongPtr(_In_ DWORD_PTR Operand, _Out_ ULONG_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrToIntPtr(_In_ DWORD_PTR Operand, _Out_ INT_PTR *pResult);
NTSTATUS NTAPI RtlDWordPtrToUIntPtr(_In_ DWORD_PTR Operand, _Out_ UINT_PTR *pResult);

#endif
