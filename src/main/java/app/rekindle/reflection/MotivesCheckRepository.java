package app.rekindle.reflection;

import org.springframework.data.jpa.repository.JpaRepository;

interface MotivesCheckRepository extends JpaRepository<MotivesCheck, Long> {

}
