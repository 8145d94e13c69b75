package app.rekindle.reflection;

import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyScreenRepository extends JpaRepository<SafetyScreen, Long> {

}
