// libxml2 may be built with ICU, whose headers clash with the copy inside Swift's Foundation.
// sitegen uses none of libxml2's encoding structures, so ICU's headers are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
