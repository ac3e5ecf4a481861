x = 1 .__class__ 2
