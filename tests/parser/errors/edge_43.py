s = '''
abc
def''
