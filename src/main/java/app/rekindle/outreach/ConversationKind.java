package app.rekindle.outreach;

public enum ConversationKind {

	CALL, VIDEO, IN_PERSON

}
