/* suppress.h - static analysis suppression helpers, drvlint WDK model. */
#pragma once
#ifndef _DRVLINT_SUPPRESS_H
#define _DRVLINT_SUPPRESS_H
#define PREFAST_SUPPRESS(x)
#define PREfast_SUPPRESS(x)
#define __prefast_operator_new_throws
#endif
