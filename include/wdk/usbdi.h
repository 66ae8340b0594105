/* usbdi.h - the USB driver interface; the model keeps the URB types in usb.h and the requests in usbioctl.h. */
#pragma once
#ifndef _DL_USBDI_H_
#define _DL_USBDI_H_

#include <usb.h>
#include <usbioctl.h>

#endif /* _DL_USBDI_H_ */
