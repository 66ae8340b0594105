/*
 * wpp_generated.h - stand-in for the trace message header (X.tmh) that the WPP
 * preprocessor generates at build time. When a source includes a .tmh that does
 * not exist, drvlint gives libclang this text in its place.
 *
 * The real header turns the driver's WPP_CONTROL_GUIDS into trace flag
 * constants and defines the tracing entry points; this one declares the flags
 * (so TraceEvents(LEVEL, FLAG, ...) calls parse) and makes the setup macros
 * no-ops. Trace calls themselves stay calls of undeclared functions. Like the
 * real header it brings in the event tracing types.
 */
#include <evntrace.h>

#if defined(WPP_CONTROL_GUIDS) && !defined(_DRVLINT_WPP_FLAGS)
#define _DRVLINT_WPP_FLAGS
#pragma push_macro("WPP_DEFINE_CONTROL_GUID")
#pragma push_macro("WPP_DEFINE_BIT")
#undef WPP_DEFINE_CONTROL_GUID
#undef WPP_DEFINE_BIT
#define WPP_DEFINE_CONTROL_GUID(Name, Guid, Bits) enum { Bits _DRVLINT_WPP_LAST_##Name };
#define WPP_DEFINE_BIT(Name) Name,
WPP_CONTROL_GUIDS
#pragma pop_macro("WPP_DEFINE_BIT")
#pragma pop_macro("WPP_DEFINE_CONTROL_GUID")
#endif

#ifndef WPP_INIT_TRACING
#define WPP_INIT_TRACING(...) ((void)0)
#endif
#ifndef WPP_CLEANUP
#define WPP_CLEANUP(...) ((void)0)
#endif
#ifndef WPP_RECORDER_LEVEL_FLAGS_ARGS
#define WPP_RECORDER_LEVEL_FLAGS_ARGS(lvl, flags) 0
#endif
