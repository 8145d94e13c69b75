package app.rekindle.trust;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApologyRepository extends JpaRepository<Apology, Long> {

}
