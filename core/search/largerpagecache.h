#pragma once
// Transitional: the store includes this name until the next commit.
#include <core/search/largerpagecache_p.h>
