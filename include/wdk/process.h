/* process.h - C runtime process control header; kernel sources include it for nothing the model needs. */
#pragma once
#include <stdlib.h>
