package app.rekindle.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

}
