/* pshpack8.h - drvlint WDK model. */
#pragma pack(push, 8)
