"""armswatch.extract"""
