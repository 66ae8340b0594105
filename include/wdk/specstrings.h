/* specstrings.h - drvlint WDK model: all annotations live in sal.h and driverspecs.h. */
#pragma once
#include <sal.h>
#include <driverspecs.h>
