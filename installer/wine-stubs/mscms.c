/* Test-only stand-in for the four mscms.dll functions that Qt's `windows`
 * platform plugin imports; Wine 8.0's mscms lacks WcsCreateIccProfile.
 * Every call reports "no colour profile", which Qt handles (it then uses sRGB). */
#include <windows.h>

typedef HANDLE HPROFILE;

__declspec(dllexport) HPROFILE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation)
{ (void)profile; (void)access; (void)share; (void)creation; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }

__declspec(dllexport) BOOL WINAPI CloseColorProfile(HPROFILE profile) { (void)profile; return TRUE; }

__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HPROFILE profile, BYTE *buffer, DWORD *size)
{ (void)profile; (void)buffer; (void)size; SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }

__declspec(dllexport) HPROFILE WINAPI WcsCreateIccProfile(HPROFILE profile, DWORD options)
{ (void)profile; (void)options; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
