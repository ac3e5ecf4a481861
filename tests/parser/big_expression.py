r = (a + b * c - d / e) ** f % g // h if i and not j or k else [l, m, {n: o}][p:q:r]
