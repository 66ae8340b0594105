/* initguid.h - makes later DEFINE_GUID uses define their GUIDs (drvlint WDK model). */
#define INITGUID
#include <guiddef.h>
#undef DEFINE_GUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	EXTERN_GUID_LINKAGE const GUID name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
