# Fails: the exact form raise ValueError('x') from KeyError('y') at module level, uncaught.
print("start")
raise ValueError('x') from KeyError('y')
