/* xfilter.h - Ethernet address helpers of the NDIS address filters; the model keeps them in ndis.h. */
#pragma once
#ifndef _DL_XFILTER_H_
#define _DL_XFILTER_H_

#include <ntdef.h>

#ifndef ETH_LENGTH_OF_ADDRESS
#define ETH_LENGTH_OF_ADDRESS 6
#endif
#ifndef ETH_IS_BROADCAST
#define ETH_IS_BROADCAST(Address) ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[1] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address) (BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01))
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result) \
	{ *(_Result) = RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS ? 0 : 1; }
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result) \
	{ *(_Result) = RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS ? 0 : 1; }
#define ETH_COPY_NETWORK_ADDRESS(_D, _S) RtlCopyMemory((_D), (_S), ETH_LENGTH_OF_ADDRESS)
#endif

#endif /* _DL_XFILTER_H_ */
