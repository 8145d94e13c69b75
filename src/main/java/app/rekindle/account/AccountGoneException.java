package app.rekindle.account;

/** The signed-in account has been deleted, for example from another device. */
public class AccountGoneException extends RuntimeException {

	AccountGoneException(long accountId) {
		super("The signed-in account " + accountId + " no longer exists");
	}

}
