x = f'a' f'{b
