package dev.bastion.identity.model;

/**
 * Which users to list and in what order. {@code search} (optional) matches part of the username or of the
 * name of any of the user's characters, ignoring case; {@code groupId} (optional) keeps the members of one
 * group; {@code sort} defaults to {@link UserSort#NAME}.
 */
public record UserQuery(String search, Long groupId, UserSort sort, boolean descending) {

    public UserQuery {
        sort = sort == null ? UserSort.NAME : sort;
    }

    public static UserQuery search(String search) {
        return new UserQuery(search, null, UserSort.NAME, false);
    }

    public static UserQuery membersOf(long groupId, String search) {
        return new UserQuery(search, groupId, UserSort.NAME, false);
    }
}
