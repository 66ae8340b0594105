/* malloc.h - drvlint WDK model. */
#pragma once
#include <stdlib.h>
void *__cdecl _alloca(size_t n);
#define alloca _alloca
