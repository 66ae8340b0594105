/* memory.h - drvlint WDK model. */
#pragma once
#include <string.h>
