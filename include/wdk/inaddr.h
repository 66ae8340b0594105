/* inaddr.h - part of the network definitions model; see netiodef.h. */
#pragma once
#include <netiodef.h>
