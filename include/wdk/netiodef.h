/*
 * netiodef.h - model of the network address and protocol definitions kernel
 * network drivers share (the ws2def.h, ws2ipdef.h, inaddr.h and in6addr.h
 * content): address families, socket types, IP protocols, IPv4/IPv6
 * addresses and socket addresses, scope ids, control-message headers and
 * the Ethernet/IP header layouts.
 */
#pragma once
#ifndef _DL_NETIODEF_H_
#define _DL_NETIODEF_H_

#include <ntdef.h>

/* Address families and socket types */
typedef USHORT ADDRESS_FAMILY;
#define AF_UNSPEC 0
#define AF_UNIX 1
#define AF_INET 2
#define AF_IPX 6
#define AF_APPLETALK 16
#define AF_NETBIOS 17
#define AF_INET6 23
#define AF_IRDA 26
#define AF_BTH 32
#define AF_LINK 33
#define AF_MAX 34
#define PF_UNSPEC AF_UNSPEC
#define PF_INET AF_INET
#define PF_INET6 AF_INET6
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOL_SOCKET 0xffff
#define SO_REUSEADDR 0x0004
#define SO_KEEPALIVE 0x0008
#define SO_BROADCAST 0x0020
#define SO_LINGER 0x0080
#define SO_SNDBUF 0x1001
#define SO_RCVBUF 0x1002
#define SO_SNDTIMEO 0x1005
#define SO_RCVTIMEO 0x1006
#define SO_EXCLUSIVEADDRUSE ((int)(~SO_REUSEADDR))
#define INADDR_ANY ((ULONG)0x00000000)
#define INADDR_LOOPBACK 0x7f000001
#define INADDR_BROADCAST ((ULONG)0xffffffff)
#define INADDR_NONE 0xffffffff
#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65

/* IP protocols */
typedef enum {
	IPPROTO_HOPOPTS = 0, IPPROTO_ICMP = 1, IPPROTO_IGMP = 2, IPPROTO_GGP = 3, IPPROTO_IPV4 = 4, IPPROTO_ST = 5,
	IPPROTO_TCP = 6, IPPROTO_CBT = 7, IPPROTO_EGP = 8, IPPROTO_IGP = 9, IPPROTO_PUP = 12, IPPROTO_UDP = 17,
	IPPROTO_IDP = 22, IPPROTO_RDP = 27, IPPROTO_IPV6 = 41, IPPROTO_ROUTING = 43, IPPROTO_FRAGMENT = 44,
	IPPROTO_ESP = 50, IPPROTO_AH = 51, IPPROTO_ICMPV6 = 58, IPPROTO_NONE = 59, IPPROTO_DSTOPTS = 60, IPPROTO_ND = 77,
	IPPROTO_ICLFXBM = 78, IPPROTO_PIM = 103, IPPROTO_PGM = 113, IPPROTO_L2TP = 115, IPPROTO_SCTP = 132,
	IPPROTO_RAW = 255, IPPROTO_MAX = 256, IPPROTO_RESERVED_RAW = 257, IPPROTO_RESERVED_IPSEC = 258,
	IPPROTO_RESERVED_IPSECOFFLOAD = 259, IPPROTO_RESERVED_WNV = 260, IPPROTO_RESERVED_MAX = 261
} IPPROTO, *PIPROTO;
#define IPPROTO_IP 0
#define IPV6_V6ONLY 27
#define IP_HDRINCL 2
#define IP_TOS 3
#define IP_TTL 4
#define IP_PKTINFO 19
#define IPV6_PKTINFO 19
#define IPV6_UNICAST_HOPS 4

/* Addresses */
typedef struct in_addr {
	union { struct { UCHAR s_b1, s_b2, s_b3, s_b4; } S_un_b; struct { USHORT s_w1, s_w2; } S_un_w; ULONG S_addr; } S_un;
} IN_ADDR, *PIN_ADDR, *LPIN_ADDR;
#define s_addr S_un.S_addr
typedef struct in6_addr { union { UCHAR Byte[16]; USHORT Word[8]; } u; } IN6_ADDR, *PIN6_ADDR, *LPIN6_ADDR;
#define in_addr6 in6_addr
#define s6_addr u.Byte
#define s6_words u.Word
#define IN6ADDR_ANY_INIT { 0 }
#define IN6ADDR_LOOPBACK_INIT { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }
typedef struct { union { struct { ULONG Zone : 28; ULONG Level : 4; }; ULONG Value; }; } SCOPE_ID, *PSCOPE_ID;
typedef enum { ScopeLevelInterface = 1, ScopeLevelLink = 2, ScopeLevelSubnet = 3, ScopeLevelAdmin = 4,
	ScopeLevelSite = 5, ScopeLevelOrganization = 8, ScopeLevelGlobal = 14, ScopeLevelCount = 16 } SCOPE_LEVEL;
#define SCOPEID_UNSPECIFIED_INIT { 0 }
typedef struct sockaddr { ADDRESS_FAMILY sa_family; CHAR sa_data[14]; } SOCKADDR, *PSOCKADDR, *LPSOCKADDR;
typedef struct sockaddr_in { ADDRESS_FAMILY sin_family; USHORT sin_port; IN_ADDR sin_addr; CHAR sin_zero[8]; }
	SOCKADDR_IN, *PSOCKADDR_IN;
typedef struct sockaddr_in6 {
	ADDRESS_FAMILY sin6_family; USHORT sin6_port; ULONG sin6_flowinfo; IN6_ADDR sin6_addr;
	union { ULONG sin6_scope_id; SCOPE_ID sin6_scope_struct; };
} SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH, SOCKADDR_IN6, *PSOCKADDR_IN6;
#define _SS_MAXSIZE 128
typedef struct sockaddr_storage { ADDRESS_FAMILY ss_family; CHAR __ss_pad1[6]; LONGLONG __ss_align; CHAR __ss_pad2[112]; }
	SOCKADDR_STORAGE_LH, *PSOCKADDR_STORAGE_LH, SOCKADDR_STORAGE, *PSOCKADDR_STORAGE;
typedef union _SOCKADDR_INET { SOCKADDR_IN Ipv4; SOCKADDR_IN6 Ipv6; ADDRESS_FAMILY si_family; } SOCKADDR_INET,
	*PSOCKADDR_INET;
typedef struct _SOCKET_ADDRESS { LPSOCKADDR lpSockaddr; INT iSockaddrLength; } SOCKET_ADDRESS, *PSOCKET_ADDRESS;
typedef struct _SOCKET_ADDRESS_LIST { INT iAddressCount; SOCKET_ADDRESS Address[1]; } SOCKET_ADDRESS_LIST,
	*PSOCKET_ADDRESS_LIST;
typedef struct _WSABUF { ULONG len; CHAR *buf; } WSABUF, *LPWSABUF;
typedef struct _WSACMSGHDR { SIZE_T cmsg_len; INT cmsg_level; INT cmsg_type; } WSACMSGHDR, *PWSACMSGHDR, *LPWSACMSGHDR;
typedef WSACMSGHDR CMSGHDR, *PCMSGHDR;
#define WSA_CMSGHDR_ALIGN(length) (((length) + TYPE_ALIGNMENT(WSACMSGHDR) - 1) & (~(TYPE_ALIGNMENT(WSACMSGHDR) - 1)))
#define WSA_CMSGDATA_ALIGN(length) (((length) + MAX_NATURAL_ALIGNMENT - 1) & (~(MAX_NATURAL_ALIGNMENT - 1)))
#define WSA_CMSG_DATA(cmsg) ((PUCHAR)(cmsg) + WSA_CMSGDATA_ALIGN(sizeof(WSACMSGHDR)))
#define WSA_CMSG_SPACE(length) (WSA_CMSGDATA_ALIGN(sizeof(WSACMSGHDR) + WSA_CMSGHDR_ALIGN(length)))
#define WSA_CMSG_LEN(length) (WSA_CMSGDATA_ALIGN(sizeof(WSACMSGHDR)) + (length))
#define CMSG_DATA WSA_CMSG_DATA
#define CMSG_SPACE WSA_CMSG_SPACE
#define CMSG_LEN WSA_CMSG_LEN
typedef struct in_pktinfo { IN_ADDR ipi_addr; ULONG ipi_ifindex; } IN_PKTINFO, *PIN_PKTINFO;
typedef struct in6_pktinfo { IN6_ADDR ipi6_addr; ULONG ipi6_ifindex; } IN6_PKTINFO, *PIN6_PKTINFO;
typedef ULONG COMPARTMENT_ID, *PCOMPARTMENT_ID;
#define UNSPECIFIED_COMPARTMENT_ID 0
#define DEFAULT_COMPARTMENT_ID 1

/* Byte order */
#define RtlUshortByteSwap(_x) _byteswap_ushort((USHORT)(_x))
#define RtlUlongByteSwap(_x) _byteswap_ulong((ULONG)(_x))
#define RtlUlonglongByteSwap(_x) _byteswap_uint64((ULONGLONG)(_x))
#ifndef htons
#define htons(x) RtlUshortByteSwap(x)
#define ntohs(x) RtlUshortByteSwap(x)
#define htonl(x) RtlUlongByteSwap(x)
#define ntohl(x) RtlUlongByteSwap(x)
#endif
unsigned short __cdecl _byteswap_ushort(unsigned short);
unsigned long __cdecl _byteswap_ulong(unsigned long);
unsigned __int64 __cdecl _byteswap_uint64(unsigned __int64);

/* Link and network headers */
#define ETH_LENGTH_OF_ADDRESS 6
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
#pragma pack(push, 1)
typedef struct _DL_EUI48 { UCHAR Byte[6]; } DL_EUI48, *PDL_EUI48;
typedef struct _ETHERNET_HEADER { DL_EUI48 Destination; DL_EUI48 Source; union { USHORT Type; USHORT Length; }; }
	ETHERNET_HEADER, *PETHERNET_HEADER;
typedef struct _VLAN_TAG { union { USHORT Tag; struct { USHORT VID : 12; USHORT CFI : 1; USHORT User_Priority : 3; }; };
	USHORT Type; } VLAN_TAG, *PVLAN_TAG;
#pragma pack(pop)
typedef struct _IPV4_HEADER {
	union { UCHAR VersionAndHeaderLength; struct { UCHAR HeaderLength : 4; UCHAR Version : 4; }; };
	union { UCHAR TypeOfServiceAndEcnField; struct { UCHAR EcnField : 2; UCHAR TypeOfService : 6; }; };
	USHORT TotalLength; USHORT Identification;
	union { USHORT FlagsAndOffset; struct { USHORT DontUse1 : 5; USHORT MoreFragments : 1; USHORT DontFragment : 1;
		USHORT Reserved : 1; USHORT DontUse2 : 8; }; };
	UCHAR TimeToLive; UCHAR Protocol; USHORT HeaderChecksum; IN_ADDR SourceAddress; IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;
typedef struct _IPV6_HEADER {
	union { ULONG VersionClassFlow; struct { UCHAR : 4; UCHAR Version : 4; UCHAR : 8; UCHAR : 8; UCHAR : 8; }; };
	USHORT PayloadLength; UCHAR NextHeader; UCHAR HopLimit; IN6_ADDR SourceAddress; IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;
typedef struct _TCP_HDR { USHORT th_sport; USHORT th_dport; ULONG th_seq; ULONG th_ack; UCHAR th_x2 : 4; UCHAR th_len : 4;
	UCHAR th_flags; USHORT th_win; USHORT th_sum; USHORT th_urp; } TCP_HDR, *PTCP_HDR;
typedef struct _UDP_HDR { USHORT uh_sport; USHORT uh_dport; USHORT uh_ulen; USHORT uh_sum; } UDP_HDR, *PUDP_HDR;
#define TH_FIN 0x01
#define TH_SYN 0x02
#define TH_RST 0x04
#define TH_PSH 0x08
#define TH_ACK 0x10
#define TH_URG 0x20

#endif /* _DL_NETIODEF_H_ */
