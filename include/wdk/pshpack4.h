/* pshpack4.h - drvlint WDK model. */
#pragma pack(push, 4)
