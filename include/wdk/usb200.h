/* usb200.h - USB 2.0 descriptor definitions; the model keeps them in usbspec.h. */
#pragma once
#include <usbspec.h>
