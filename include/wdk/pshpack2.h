/* pshpack2.h - drvlint WDK model. */
#pragma pack(push, 2)
