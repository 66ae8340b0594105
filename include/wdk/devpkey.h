/*
 * devpkey.h - model of the device property keys (DEVPKEY_*) drivers read
 * and set with IoGetDevicePropertyData and IoSetDevicePropertyData.
 */
#pragma once
#ifndef _DL_DEVPKEY_H_
#define _DL_DEVPKEY_H_

#include <devpropdef.h>

extern const DEVPROPKEY DEVPKEY_NAME;
extern const DEVPROPKEY DEVPKEY_Device_DeviceDesc;
extern const DEVPROPKEY DEVPKEY_Device_HardwareIds;
extern const DEVPROPKEY DEVPKEY_Device_CompatibleIds;
extern const DEVPROPKEY DEVPKEY_Device_Service;
extern const DEVPROPKEY DEVPKEY_Device_Class;
extern const DEVPROPKEY DEVPKEY_Device_ClassGuid;
extern const DEVPROPKEY DEVPKEY_Device_Driver;
extern const DEVPROPKEY DEVPKEY_Device_Manufacturer;
extern const DEVPROPKEY DEVPKEY_Device_FriendlyName;
extern const DEVPROPKEY DEVPKEY_Device_LocationInfo;
extern const DEVPROPKEY DEVPKEY_Device_PDOName;
extern const DEVPROPKEY DEVPKEY_Device_Capabilities;
extern const DEVPROPKEY DEVPKEY_Device_UINumber;
extern const DEVPROPKEY DEVPKEY_Device_BusTypeGuid;
extern const DEVPROPKEY DEVPKEY_Device_LegacyBusType;
extern const DEVPROPKEY DEVPKEY_Device_BusNumber;
extern const DEVPROPKEY DEVPKEY_Device_EnumeratorName;
extern const DEVPROPKEY DEVPKEY_Device_Address;
extern const DEVPROPKEY DEVPKEY_Device_InstanceId;
extern const DEVPROPKEY DEVPKEY_Device_Parent;
extern const DEVPROPKEY DEVPKEY_Device_Children;
extern const DEVPROPKEY DEVPKEY_Device_ContainerId;
extern const DEVPROPKEY DEVPKEY_Device_InLocalMachineContainer;
extern const DEVPROPKEY DEVPKEY_Device_LocationPaths;
extern const DEVPROPKEY DEVPKEY_Device_PowerData;
extern const DEVPROPKEY DEVPKEY_Device_DriverVersion;
extern const DEVPROPKEY DEVPKEY_Device_DriverDate;
extern const DEVPROPKEY DEVPKEY_Device_DevNodeStatus;
extern const DEVPROPKEY DEVPKEY_Device_ProblemCode;
extern const DEVPROPKEY DEVPKEY_DeviceInterface_FriendlyName;
extern const DEVPROPKEY DEVPKEY_DeviceInterface_Enabled;
extern const DEVPROPKEY DEVPKEY_DeviceInterface_ClassGuid;
extern const DEVPROPKEY DEVPKEY_DeviceInterface_Restricted;
extern const DEVPROPKEY DEVPKEY_DeviceInterface_UnrestrictedAppCapabilities;

#endif /* _DL_DEVPKEY_H_ */
