/** The API's minimum (CreateUserDto / UpdateUserDto). */
export const MIN_PASSWORD_LENGTH = 12;
