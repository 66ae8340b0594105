/* pshpack1.h - drvlint WDK model. */
#pragma pack(push, 1)
