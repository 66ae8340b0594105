/*
 * ntpoapi.h - power management definitions shared with user mode; the model
 * keeps them in wdm.h (POWER_ACTION, SYSTEM_POWER_STATE, power setting
 * GUIDs) and adds the monitor state a storage driver checks.
 */
#pragma once
#ifndef _DL_NTPOAPI_H_
#define _DL_NTPOAPI_H_

#include <wdm.h>

typedef enum _MONITOR_DISPLAY_STATE { PowerMonitorOff = 0, PowerMonitorOn, PowerMonitorDim } MONITOR_DISPLAY_STATE,
	*PMONITOR_DISPLAY_STATE;

#endif /* _DL_NTPOAPI_H_ */
