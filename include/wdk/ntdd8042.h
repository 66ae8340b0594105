/* ntdd8042.h - i8042 port driver hooks; the model keeps them in kbdmou.h. */
#pragma once
#include <kbdmou.h>
