/*
 * excpt.h - structured exception handling, drvlint WDK model.
 * __try/__except/__finally/__leave are clang keywords in MSVC mode; the
 * intrinsics _exception_code(), _exception_info() and _abnormal_termination()
 * are clang builtins, valid inside handlers and filters.
 */
#pragma once
#ifndef _DRVLINT_EXCPT_H
#define _DRVLINT_EXCPT_H

typedef enum _EXCEPTION_DISPOSITION {
	ExceptionContinueExecution,
	ExceptionContinueSearch,
	ExceptionNestedException,
	ExceptionCollidedUnwind
} EXCEPTION_DISPOSITION;

#define GetExceptionCode _exception_code
#define exception_code _exception_code
#define GetExceptionInformation() ((struct _EXCEPTION_POINTERS *)_exception_info())
#define exception_info() ((struct _EXCEPTION_POINTERS *)_exception_info())
#define AbnormalTermination _abnormal_termination
#define abnormal_termination _abnormal_termination

#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)

/* The keyword aliases C drivers use. */
#if !defined(__cplusplus)
#define try __try
#define except __except
#define finally __finally
#define leave __leave
#endif

#endif
