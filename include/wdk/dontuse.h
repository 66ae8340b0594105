/* dontuse.h - the WDK marks deprecated CRT functions here; nothing to declare (drvlint WDK model). */
#pragma once
