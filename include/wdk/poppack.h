/* poppack.h - drvlint WDK model. */
#pragma pack(pop)
