// Kept while tests written against the old place are moved over; new code imports src/domain/roles.
export * from '../../domain/roles';
