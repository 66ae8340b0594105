/* netioddk.h - network module registrar types; the model keeps them in wsk.h. */
#pragma once
#include <wsk.h>
